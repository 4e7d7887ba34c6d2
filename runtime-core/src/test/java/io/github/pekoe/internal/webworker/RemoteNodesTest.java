package io.github.pekoe.internal.webworker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.pekoe.internal.web.NodeOps;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The worker's operations on nodes replace every one of the page's, so none runs a DOM call in a worker. */
class RemoteNodesTest {
    @Test
    void remoteNodesOverridesEveryOperation() throws Exception {
        List<String> missing = new ArrayList<>();
        for (Method method : NodeOps.class.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())) {
                try {
                    RemoteNodes.class.getDeclaredMethod(method.getName(), method.getParameterTypes());
                } catch (NoSuchMethodException e) {
                    missing.add(method.getName());
                }
            }
        }
        assertEquals(List.of(), missing, "operations a worker would run as DOM calls");
    }
}
