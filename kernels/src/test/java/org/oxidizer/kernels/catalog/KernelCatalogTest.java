package org.oxidizer.kernels.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KernelCatalogTest {

    private final KernelCatalog catalog = KernelCatalog.bundled();

    @Test
    void everyBundledKernelIsFoundAndDescribesItself() {
        assertTrue(catalog.problems().isEmpty(), catalog.problems().toString());
        assertFalse(catalog.kernels().isEmpty());
        for (Kernel kernel : catalog.kernels()) {
            assertTrue(kernel.id().matches("[a-z][a-z0-9_]*"), "id is the C entry point's name: " + kernel.id());
            assertFalse(kernel.summary().isBlank(), kernel.id());
            assertFalse(kernel.shapes().isEmpty(), kernel.id());
            assertFalse(kernel.semantics().isEmpty(), kernel.id() + " says where it could differ from Java");
            for (MethodShape shape : kernel.shapes()) {
                assertTrue(shape.descriptor().startsWith("("), shape.toString());
                assertTrue(shape.reference().contains("#"), shape.reference());
            }
        }
    }

    @Test
    void everyShapeBindsAndItsReferenceAndKernelAgreeOnTheWarmUpPath() {
        for (Kernel kernel : catalog.kernels()) {
            for (MethodShape shape : kernel.shapes()) {
                BoundKernel bound = kernel.bind(shape.descriptor(), Map.of());
                assertEquals(shape.descriptor(), bound.descriptor());
                bound.warmUp();
            }
        }
    }

    @Test
    void anUnknownShapeOrIdIsRefusedInOneSentence() {
        Kernel kernel = catalog.kernels().get(0);
        UnsupportedBindingException e = assertThrows(UnsupportedBindingException.class,
            () -> kernel.bind("(I)V", Map.of()));
        assertTrue(e.getMessage().contains(kernel.id()), e.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> catalog.require("nope"));
        assertTrue(unknown.getMessage().contains("known:"), unknown.getMessage());
    }

    @Test
    void theHeadlineKernelIsInTheCatalog() {
        Kernel kernel = catalog.require("extract_and_aggregate");
        BoundKernel bound = kernel.bind("(Ljava/util/List;)Ljava/util/List;", Map.of());
        Object[] args = {List.of("apple 3 pear 4 apple 5", "苹果 1 x 2147483648")};
        assertEquals(bound.reference(args), bound.invoke(args));
        assertEquals(List.of(Map.of("apple", 8, "pear", 4), Map.of("x", 0)), bound.invoke(args));
    }
}
