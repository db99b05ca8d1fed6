package org.whiskerstudio.labelling.formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * XML for untrusted dataset files: parsing refuses DOCTYPE declarations outright, so no external entity, external
 * DTD or entity expansion ("billion laughs") can ever be reached, plus small helpers to read child elements.
 */
public final class SafeXml {
    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    // Building a secure factory, builder and transformer costs far more than parsing one small VOC file:
    // each thread keeps its own (they are not thread-safe) and resets it between files.
    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(SafeXml::newBuilder);
    private static final ThreadLocal<Transformer> TRANSFORMER = ThreadLocal.withInitial(SafeXml::newTransformer);

    private SafeXml() {
    }

    /** Parses {@code file}; any XML error, and any DOCTYPE, becomes a {@link FormatException} naming the line. */
    public static Document parse(Path file) throws FormatException, IOException {
        DocumentBuilder builder = BUILDER.get();
        builder.reset();
        // reset() forgets the resolver and error handler: set them again.
        builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        builder.setErrorHandler(new Throwing());
        try (InputStream in = Files.newInputStream(file)) {
            InputSource source = new InputSource(in);
            source.setSystemId(file.toUri().toString());
            return builder.parse(source);
        } catch (SAXParseException e) {
            throw new FormatException(file, "line " + e.getLineNumber() + ", column " + e.getColumnNumber(),
                    describe(e), e);
        } catch (SAXException e) {
            throw new FormatException(file, "", "not well-formed XML (" + e.getMessage() + ")", e);
        }
    }

    /** A new empty document to build output in. */
    public static Document newDocument() {
        return BUILDER.get().newDocument();
    }

    /** The document as indented UTF-8 text with an XML declaration. */
    public static String toText(Document document) {
        try {
            Transformer transformer = TRANSFORMER.get();
            StringWriter text = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(text));
            return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + text.toString().strip() + "\n";
        } catch (TransformerException e) {
            throw new IllegalStateException("the JDK's XML serialiser failed", e);
        }
    }

    /** The direct child elements of {@code parent} named {@code name}, in document order. */
    public static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    /** The first direct child element named {@code name}. */
    public static Optional<Element> child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The trimmed text of the first child named {@code name}; empty when it is missing or blank ({@code <x/>}). */
    public static Optional<String> childText(Element parent, String name) {
        return child(parent, name).map(e -> e.getTextContent().strip()).filter(s -> !s.isEmpty());
    }

    /** Appends {@code <name>text</name>} to {@code parent} and returns the new element. */
    public static Element append(Element parent, String name, String text) {
        Element element = append(parent, name);
        element.setTextContent(text);
        return element;
    }

    /** Appends an empty {@code <name/>} to {@code parent} and returns it. */
    public static Element append(Element parent, String name) {
        Element element = parent.getOwnerDocument().createElement(name);
        parent.appendChild(element);
        return element;
    }

    private static Transformer newTransformer() {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            // The JDK's serialiser puts no line break after its own declaration; ours has one.
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            return transformer;
        } catch (TransformerException e) {
            throw new IllegalStateException("the JDK's XML serialiser cannot be set up securely", e);
        }
    }

    private static DocumentBuilder newBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(DISALLOW_DOCTYPE, true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            // Belt and braces: should a DOCTYPE ever get through, it resolves to nothing.
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            builder.setErrorHandler(new Throwing());
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser does not support secure parsing", e);
        }
    }

    private static String describe(SAXParseException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("DOCTYPE")) {
            return "DOCTYPE declarations are not allowed in dataset files (they can make a parser read other files)";
        }
        return "not well-formed XML (" + message + ")";
    }

    /** Turns errors into exceptions instead of the default handler's printing to the console. */
    private static final class Throwing implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
            // Warnings do not change what is parsed.
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
