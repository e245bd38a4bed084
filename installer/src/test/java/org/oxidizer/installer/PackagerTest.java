package org.oxidizer.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PackagerTest {

    @Test
    void shipsTheProjectVersionWithItsQualifierAfterATilde() {
        assertEquals("1.2.3", Packager.appVersion("1.2.3"));
        assertEquals("0.3.0~SNAPSHOT", Packager.appVersion("0.3.0-SNAPSHOT"), "Debian sorts it before 0.3.0");
        assertEquals("2.0~rc.1", Packager.appVersion("2.0-rc-1"));
    }

    @Test
    void refusesAVersionJpackageWouldReject() {
        assertThrows(IllegalArgumentException.class, () -> Packager.appVersion("next"));
        assertThrows(IllegalArgumentException.class, () -> Packager.appVersion("1.0-beta 2"));
    }
}
