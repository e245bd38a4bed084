package org.oxidizer.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PackagerTest {

    @Test
    void shipsTheProjectVersionWithoutItsQualifier() {
        assertEquals("0.1.0", Packager.appVersion("0.1.0-SNAPSHOT"));
        assertEquals("1.2.3", Packager.appVersion("1.2.3"));
        assertEquals("2.0", Packager.appVersion("2.0-rc-1"));
    }

    @Test
    void refusesAVersionJpackageWouldReject() {
        assertThrows(IllegalArgumentException.class, () -> Packager.appVersion("next"));
    }
}
