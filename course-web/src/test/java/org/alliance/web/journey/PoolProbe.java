package org.alliance.web.journey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.management.JMException;
import javax.management.ObjectName;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * Reads the connection pool's own figures from an app process over local JMX (HikariCP's pool MXBean), the way
 * an operator's monitoring would, without opening an actuator endpoint to the network.
 */
final class PoolProbe {
    private PoolProbe() {}

    /** The pool's state at one moment. */
    record Pool(int active, int idle, int total, int waiting) {}

    /** JVM options that open JMX on loopback only, without authentication: for a test process, never production. */
    static List<String> jvmArguments(int port) {
        return List.of(
                "-Dcom.sun.management.jmxremote.port=" + port,
                "-Dcom.sun.management.jmxremote.rmi.port=" + port,
                "-Dcom.sun.management.jmxremote.host=127.0.0.1",
                "-Djava.rmi.server.hostname=127.0.0.1",
                "-Dcom.sun.management.jmxremote.authenticate=false",
                "-Dcom.sun.management.jmxremote.ssl=false");
    }

    static Pool read(int port) {
        var url = "service:jmx:rmi:///jndi/rmi://127.0.0.1:" + port + "/jmxrmi";
        try (var connector = JMXConnectorFactory.connect(new JMXServiceURL(url))) {
            var server = connector.getMBeanServerConnection();
            var names = server.queryNames(new ObjectName("com.zaxxer.hikari:type=Pool (*"), null);
            if (names.size() != 1) {
                throw new IllegalStateException("Expected one HikariCP pool MXBean, found " + names);
            }
            ObjectName pool = names.iterator().next();
            return new Pool(
                    (Integer) server.getAttribute(pool, "ActiveConnections"),
                    (Integer) server.getAttribute(pool, "IdleConnections"),
                    (Integer) server.getAttribute(pool, "TotalConnections"),
                    (Integer) server.getAttribute(pool, "ThreadsAwaitingConnection"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
    }
}
