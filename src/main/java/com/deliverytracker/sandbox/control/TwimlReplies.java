package com.deliverytracker.sandbox.control;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads the {@code <Message>} verbs of a messaging TwiML answer as Twilio does: the text (or {@code <Body>}),
 * {@code <Media>} URLs, and the {@code action}, {@code to} and {@code from} attributes. No DTDs, no entities.
 */
final class TwimlReplies {

    /** One {@code <Message>}; {@code to} and {@code from} are null when the verb leaves them to the inbound message. */
    record Reply(String body, List<String> mediaUrls, String action, String to, String from) {
    }

    private TwimlReplies() {
    }

    static List<Reply> parse(String twiml) {
        Element response;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            response = factory.newDocumentBuilder().parse(new InputSource(new StringReader(twiml))).getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("not TwiML: " + e.getMessage(), e);
        }
        if (!"Response".equals(response.getTagName())) {
            throw new IllegalArgumentException("TwiML must be a <Response>, not <" + response.getTagName() + ">");
        }
        List<Reply> replies = new ArrayList<>();
        for (Element message : children(response, "Message")) {
            List<Element> bodies = children(message, "Body");
            String body = bodies.isEmpty() ? ownText(message) : bodies.get(0).getTextContent();
            List<String> media = children(message, "Media").stream().map(m -> m.getTextContent().trim()).toList();
            replies.add(new Reply(body, media, attribute(message, "action"), attribute(message, "to"),
                    attribute(message, "from")));
        }
        return replies;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && name.equals(element.getTagName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static String ownText(Element element) {
        StringBuilder text = new StringBuilder();
        NodeList nodes = element.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(node.getNodeValue());
            }
        }
        return text.toString();
    }

    private static String attribute(Element element, String name) {
        String value = element.getAttribute(name);
        return value.isBlank() ? null : value;
    }
}
