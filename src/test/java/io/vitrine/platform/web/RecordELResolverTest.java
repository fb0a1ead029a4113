package io.vitrine.platform.web;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordELResolverTest {

    private final RecordELResolver resolver = new RecordELResolver();
    private final PageLink link = new PageLink("home", "/catalog/browse.xhtml?category=home", "Home", true);

    /** Not public: EL reads public types only, so neither does the resolver. */
    private record Hidden(String name) {
    }

    @Test
    void aComponentIsReadAsAPropertyAndAsACallOfItsAccessor() {
        ELContext context = new Context();
        assertEquals("Home", resolver.getValue(context, link, "label"));
        assertTrue(context.isPropertyResolved());

        ELContext call = new Context();
        assertEquals(true, resolver.invoke(call, link, "active", null, new Object[0]));
        assertTrue(call.isPropertyResolved());

        ELContext readOnly = new Context();
        assertTrue(resolver.isReadOnly(readOnly, link, "href"));
        assertTrue(readOnly.isPropertyResolved());
        assertThrows(PropertyNotWritableException.class, () -> resolver.setValue(new Context(), link, "href", "/elsewhere"));
    }

    @Test
    void whatIsNoPublicRecordsComponentGoesOnToTheNextResolver() {
        for (Object[] asked : new Object[][]{{link, "toString"}, {link, "nothing"}, {"a string", "length"},
                {new Hidden("x"), "name"}, {null, "link"}}) {
            ELContext context = new Context();
            assertNull(resolver.getValue(context, asked[0], asked[1]));
            assertFalse(context.isPropertyResolved(), () -> asked[0] + "." + asked[1]);
        }
        ELContext withArguments = new Context();
        assertNull(resolver.invoke(withArguments, link, "label", null, new Object[]{"fr"}));
        assertFalse(withArguments.isPropertyResolved());
        ELContext other = new Context();
        assertFalse(resolver.isReadOnly(other, "a string", "length"));
        assertFalse(other.isPropertyResolved());
    }

    /** The least an EL context needs for a resolver on its own. */
    private static final class Context extends ELContext {
        @Override
        public ELResolver getELResolver() {
            return null;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    }
}
