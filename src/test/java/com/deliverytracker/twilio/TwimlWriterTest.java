package com.deliverytracker.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class TwimlWriterTest {

    private final TwimlWriter twiml = new TwimlWriter();

    @Test
    void replyTextOf1600CharactersWithMarkupQuotesAndEmojiSurvivesAsValidXml() throws Exception {
        String unit = "<b>&amp;\"'\uD83D\uDE80 ";
        String text = unit.repeat(1600 / unit.length()) + "x".repeat(1600 % unit.length());
        assertEquals(1600, text.length());
        URI action = URI.create("https://tracker.example.com/twilio/status?inReplyTo=abc&x=1");

        Document document = parse(twiml.reply(text, action));

        Element message = (Element) document.getElementsByTagName("Message").item(0);
        assertEquals("Response", document.getDocumentElement().getTagName());
        assertEquals(text, message.getTextContent());
        assertEquals(action.toString(), message.getAttribute("action"));
        assertEquals("POST", message.getAttribute("method"));
    }

    @Test
    void noReplyIsAnEmptyResponse() throws Exception {
        Document document = parse(twiml.noReply());
        assertEquals("Response", document.getDocumentElement().getTagName());
        assertEquals(0, document.getDocumentElement().getChildNodes().getLength());
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
