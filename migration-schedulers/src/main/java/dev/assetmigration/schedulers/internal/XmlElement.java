package dev.assetmigration.schedulers.internal;

import dev.assetmigration.schedulers.MalformedSourceException;
import dev.assetmigration.schedulers.SourceLocation;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * A small immutable XML element tree that remembers the line of every element, read with StAX
 * hardened against XXE: DTDs are refused outright, external entities are never resolved.
 *
 * @param name the local name
 * @param namespace the namespace URI, {@code ""} if none
 * @param attributes the attributes by local name, in document order
 * @param children the child elements, in document order
 * @param text the element's own text (not its children's), trimmed
 * @param line the line of the start tag
 */
public record XmlElement(String name, String namespace, Map<String, String> attributes, List<XmlElement> children,
        String text, int line) {

    private static final XMLInputFactory FACTORY = factory();
    private static final int MAX_DEPTH = 64;

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /**
     * Parses a document.
     *
     * @param xml the document text
     * @param file the file name, for errors
     * @return the root element
     * @throws MalformedSourceException if the text is not well-formed, declares a DTD or nests too
     *     deeply
     */
    public static XmlElement parse(String xml, String file) {
        XMLStreamReader reader = null;
        try {
            reader = FACTORY.createXMLStreamReader(new StringReader(xml));
            Deque<Builder> stack = new ArrayDeque<>();
            XmlElement root = null;
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE ->
                        throw new MalformedSourceException(new SourceLocation(file, null,
                                reader.getLocation().getLineNumber()),
                                "DOCTYPE declarations and entity references are not allowed (they could read"
                                        + " external files); remove the DOCTYPE", null);
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (stack.size() >= MAX_DEPTH) {
                            throw new MalformedSourceException(new SourceLocation(file, reader.getLocalName(),
                                    reader.getLocation().getLineNumber()), "elements nest deeper than " + MAX_DEPTH, null);
                        }
                        Map<String, String> attributes = new LinkedHashMap<>();
                        for (int i = 0; i < reader.getAttributeCount(); i++) {
                            attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                        }
                        String ns = reader.getNamespaceURI();
                        stack.push(new Builder(reader.getLocalName(), ns == null ? "" : ns, attributes,
                                reader.getLocation().getLineNumber()));
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!stack.isEmpty()) {
                            stack.peek().text.append(reader.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        XmlElement element = stack.pop().build();
                        if (stack.isEmpty()) {
                            root = element;
                        } else {
                            stack.peek().children.add(element);
                        }
                    }
                    default -> {
                        // comments, processing instructions, document start/end carry nothing
                    }
                }
            }
            if (root == null) {
                throw new MalformedSourceException(SourceLocation.ofFile(file), "the file has no root element", null);
            }
            return root;
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : Math.max(e.getLocation().getLineNumber(), 0);
            throw new MalformedSourceException(new SourceLocation(file, null, line),
                    "the XML is not well-formed: " + firstLine(e.getMessage()), e);
        } catch (MalformedSourceException e) {
            throw e;
        } catch (RuntimeException e) {
            // The JDK's StAX parser lets some malformed input escape as unchecked exceptions of its
            // own (a MissingResourceException for a broken DOCTYPE, found by fuzzing).
            throw new MalformedSourceException(SourceLocation.ofFile(file),
                    "the XML is not well-formed: " + firstLine(e.getMessage()), e);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing left to release
                }
            }
        }
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "unknown error";
        }
        String trimmed = message.contains("Message: ") ? message.substring(message.indexOf("Message: ") + 9) : message;
        return trimmed.lines().findFirst().orElse(trimmed).trim();
    }

    /**
     * Returns the first child with a local name.
     *
     * @param childName the local name
     * @return the child
     */
    public Optional<XmlElement> child(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).findFirst();
    }

    /**
     * Returns every child with a local name.
     *
     * @param childName the local name
     * @return the children in document order
     */
    public List<XmlElement> all(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    /**
     * Returns the trimmed text of the first child with a local name.
     *
     * @param childName the local name
     * @return the text, or empty if there is no such child
     */
    public Optional<String> childText(String childName) {
        return child(childName).map(XmlElement::text);
    }

    /**
     * Returns an attribute.
     *
     * @param attribute the local name
     * @return the value, or empty
     */
    public Optional<String> attribute(String attribute) {
        return Optional.ofNullable(attributes.get(attribute));
    }

    /**
     * Writes the element back as XML (without namespace declarations), for keeping the original
     * definition of something that has no mapping.
     *
     * @return the XML text
     */
    public String toXml() {
        StringBuilder out = new StringBuilder();
        write(out, "");
        return out.toString();
    }

    private void write(StringBuilder out, String indent) {
        out.append(indent).append('<').append(name);
        attributes.forEach((k, v) -> out.append(' ').append(k).append("=\"").append(escape(v)).append('"'));
        if (children.isEmpty() && text.isEmpty()) {
            out.append("/>");
            return;
        }
        out.append('>');
        if (children.isEmpty()) {
            out.append(escape(text));
        } else {
            for (XmlElement child : children) {
                out.append('\n');
                child.write(out, indent + "  ");
            }
            out.append('\n').append(indent);
        }
        out.append("</").append(name).append('>');
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static final class Builder {
        final String name;
        final String namespace;
        final Map<String, String> attributes;
        final int line;
        final List<XmlElement> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        Builder(String name, String namespace, Map<String, String> attributes, int line) {
            this.name = name;
            this.namespace = namespace;
            this.attributes = attributes;
            this.line = line;
        }

        XmlElement build() {
            return new XmlElement(name, namespace, java.util.Collections.unmodifiableMap(attributes),
                    List.copyOf(children), text.toString().trim(),
                    line);
        }
    }
}
