package cn.fuyi.common;

import java.net.InetAddress;
import java.util.UUID;

/**
 * Names this process as the holder of a lease in the database (the audit sequencer's, an import job's, a statistics
 * job's): the host name, at most 60 characters, and eight random hexadecimal digits, so that two processes on one
 * host, or one process restarted, are told apart.
 */
public final class InstanceNames {

    private InstanceNames() {
    }

    /** A new name: host and a random suffix, at most 69 characters. */
    public static String next() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "instance";
        }
        if (host.length() > 60) {
            host = host.substring(0, 60);
        }
        return host + "/" + UUID.randomUUID().toString().substring(0, 8);
    }
}
