package cn.fuyi.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which servers Fuyi starts on, read from what VERSION() answers (Connector/J's "5.5.5" is not trusted). */
class DatabaseServerTest {

    @ParameterizedTest
    @CsvSource({
            "8.0.36, MySQL, true",
            "8.4.3, MySQL, true",
            "5.7.44-log, MySQL, false",
            "10.11.19-MariaDB-0+deb12u1, MariaDB, true",
            "5.5.5-10.11.6-MariaDB, MariaDB, true",
            "10.11.6-MariaDB-log, MariaDB, true",
            "11.4.5-MariaDB, MariaDB, true",
            "10.6.12-MariaDB, MariaDB, false",
            "8.0.11-TiDB-v7.5.1, MySQL, true" })
    void supportedServers(String version, String product, boolean supported) {
        DatabaseServer.Version v = DatabaseServer.parse(version);
        assertEquals(product, v.product());
        assertEquals(supported, v.supported(), v.toString());
    }

    @ParameterizedTest
    @CsvSource({ "garbage", "''" })
    void anUnreadableVersionIsNotSupported(String version) {
        DatabaseServer.Version v = DatabaseServer.parse(version);
        assertFalse(v.supported());
        assertTrue(v.toString().startsWith("unknown"));
    }
}
