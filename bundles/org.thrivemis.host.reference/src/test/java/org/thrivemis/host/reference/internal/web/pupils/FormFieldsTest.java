package org.thrivemis.host.reference.internal.web.pupils;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormFieldsTest {

    @Test
    void theQueryStringIsDecodedAsUtf8() {
        Map<String, List<String>> query = FormFields.query("tab=thrive&q=Zo%C3%AB+Smith&flag&tab=x&bad=%zz");
        assertEquals(List.of("thrive", "x"), query.get("tab"));
        assertEquals(List.of("Zoë Smith"), query.get("q"));
        assertEquals(List.of(""), query.get("flag"));
        assertEquals(null, query.get("bad"));
        assertEquals(Map.of(), FormFields.query(null));
    }
}
