package io.github.pekoe.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The written descriptor and the mojo agree: every parameter is a field of its type, and every field a parameter. */
class PluginDescriptorTest {
    @Test
    void theBuildGoalsParametersAreTheMojosFields() throws Exception {
        Element mojo = mojo("build");
        assertEquals("process-classes", text(mojo, "phase"));
        assertParametersAreFields(mojo, BuildMojo.class);
    }

    @Test
    void theRunGoalBuildsFirstAndHasTheBuildsParametersAndItsOwn() throws Exception {
        Element mojo = mojo("run");
        assertEquals("process-classes", text(mojo, "executePhase"));
        assertParametersAreFields(mojo, RunMojo.class);
    }

    private static void assertParametersAreFields(Element mojo, Class<?> type) {
        assertEquals(type.getName(), text(mojo, "implementation"));
        Map<String, String> parameters = new TreeMap<>();
        NodeList list = mojo.getElementsByTagName("parameter");
        for (int i = 0; i < list.getLength(); i++) {
            Element parameter = (Element) list.item(i);
            parameters.put(text(parameter, "name"), text(parameter, "type"));
        }
        Map<String, String> fields = Stream.of(type, type.getSuperclass()).filter(c -> c != org.apache.maven.plugin.AbstractMojo.class)
                .flatMap(c -> Arrays.stream(c.getDeclaredFields()))
                .filter(field -> !Modifier.isStatic(field.getModifiers()))
                .collect(Collectors.toMap(Field::getName, field -> field.getType().getName(), (a, b) -> a, TreeMap::new));
        assertEquals(fields, parameters);
        Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
        for (String name : parameters.keySet()) {
            NodeList configured = configuration.getElementsByTagName(name);
            if (configured.getLength() > 0) {
                assertEquals(parameters.get(name), ((Element) configured.item(0)).getAttribute("implementation"), name);
            }
        }
    }

    @Test
    void theDescriptorNamesThePluginWithItsVersionAndPrefix() throws Exception {
        Element plugin = descriptor().getDocumentElement();
        assertEquals("pekoe", text(plugin, "goalPrefix"));
        assertEquals("pekoe-maven-plugin", text(plugin, "artifactId"));
        assertTrue(text(plugin, "version").matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), text(plugin, "version"));
    }

    private static Element mojo(String goal) throws Exception {
        NodeList mojos = descriptor().getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            if (goal.equals(text(mojo, "goal"))) {
                return mojo;
            }
        }
        throw new AssertionError("no goal " + goal + " in the descriptor");
    }

    private static Document descriptor() throws Exception {
        try (InputStream in = PluginDescriptorTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent().trim();
    }
}
