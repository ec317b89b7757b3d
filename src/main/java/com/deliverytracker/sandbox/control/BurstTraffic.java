package com.deliverytracker.sandbox.control;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * What a burst sends: recipients spread over eight countries (so statistics by country mean something), a few
 * of Twilio's magic numbers that are refused at create, everyday notification texts of one and two segments,
 * and the inbound answers people give, opt-outs among them.
 */
final class BurstTraffic {

    private record Country(String prefix, int weight, int digits, String[] leads) {
    }

    private static final List<Country> COUNTRIES = List.of(
            new Country("+1", 40, 7, new String[] {"212", "312", "415", "512", "617", "646", "702", "718"}),
            new Country("+44", 12, 9, new String[] {"7"}),
            new Country("+49", 10, 8, new String[] {"151", "160", "170", "176"}),
            new Country("+91", 10, 9, new String[] {"9", "8", "7"}),
            new Country("+33", 8, 8, new String[] {"6", "7"}),
            new Country("+55", 8, 8, new String[] {"119", "219"}),
            new Country("+61", 6, 8, new String[] {"4"}),
            new Country("+52", 6, 8, new String[] {"55", "33"}));
    private static final int COUNTRY_WEIGHTS = COUNTRIES.stream().mapToInt(Country::weight).sum();

    /** Per thousand messages: Twilio's magic numbers, refused with 21211, 21614 and 21610. */
    private static final List<String> REFUSED = List.of("+15005550001", "+15005550009", "+15005550004");
    private static final int REFUSED_PER_MILLE = 35;

    private static final String[] ANSWERS = {"STOP", "HELP", "Thanks!", "Can I move my appointment to Friday?"};

    private BurstTraffic() {
    }

    static String recipient(RandomGenerator random) {
        if (random.nextInt(1000) < REFUSED_PER_MILLE) {
            return REFUSED.get(random.nextInt(REFUSED.size()));
        }
        int point = random.nextInt(COUNTRY_WEIGHTS);
        for (Country country : COUNTRIES) {
            point -= country.weight();
            if (point < 0) {
                StringBuilder number = new StringBuilder(country.prefix())
                        .append(country.leads()[random.nextInt(country.leads().length)]);
                for (int i = 0; i < country.digits(); i++) {
                    number.append(random.nextInt(10));
                }
                return number.toString();
            }
        }
        throw new IllegalStateException("weights do not add up");
    }

    static String text(RandomGenerator random) {
        return switch (random.nextInt(5)) {
            case 0 -> "Your verification code is %06d. It expires in 10 minutes.".formatted(random.nextInt(1_000_000));
            case 1 -> "Your order #%d has shipped and arrives tomorrow.".formatted(10_000 + random.nextInt(90_000));
            case 2 -> "Reminder: your appointment is tomorrow at %d:00. Reply HELP for help, STOP to opt out."
                    .formatted(8 + random.nextInt(10));
            case 3 -> "Your table is ready 🍽️ Please come to the front desk (ref %d).".formatted(random.nextInt(1000));
            default -> ("Hi! Your monthly statement is ready. Log in to see it, review your recent transactions and"
                    + " set up payment reminders so that you never miss a due date again. Reference %d. Reply STOP to"
                    + " opt out.").formatted(random.nextInt(1_000_000));
        };
    }

    /** One-time codes are what Message Feedback is for: their use proves delivery. */
    static boolean wantsFeedback(String text) {
        return text.startsWith("Your verification code");
    }

    static String answer(RandomGenerator random) {
        return ANSWERS[random.nextInt(ANSWERS.length)];
    }
}
