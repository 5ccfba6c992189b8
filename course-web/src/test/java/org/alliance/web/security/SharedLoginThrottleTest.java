package org.alliance.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.alliance.web.AllianceTest;
import org.alliance.web.account.AccountService;
import org.alliance.web.persistence.AlsoOnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * Sign-in throttling across instances: a throttle on connections of its own (another instance) and the app's
 * share the counts in the database, so failures counted by one pause sign-in through the other, and failures
 * counted at once by both are all counted. On H2 and PostgreSQL.
 */
@AllianceTest
@AlsoOnPostgres
class SharedLoginThrottleTest {
    @Autowired
    WebApplicationContext context;

    @Autowired
    Environment environment;

    @Autowired
    AccountService accounts;

    @Autowired
    LoginProperties properties;

    @Autowired
    Clock clock;

    @Test
    void failures_counted_by_another_instance_pause_sign_in_through_this_one() throws Exception {
        SecurityContextHolder.clearContext();
        accounts.register("Ines Elsewhere", "ines-elsewhere", "kelp forests sway at noon");
        var elsewhere = otherInstance(properties);
        String address = "192.0.2.41";
        for (int i = 0; i < properties.accountFailuresBeforeBackoff(); i++) {
            assertThat(elsewhere.isBlocked("ines-elsewhere", address)).isFalse();
            elsewhere.recordFailure("ines-elsewhere", address);
        }

        MvcResult here = loginFrom(address, "ines-elsewhere", "kelp forests sway at noon");
        assertThat(here.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .as("this instance refuses during the pause the other instance started")
                .isInstanceOf(LoginThrottledException.class);
        MvcResult fromHome = loginFrom("192.0.2.42", "ines-elsewhere", "kelp forests sway at noon");
        assertThat(fromHome.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .as("the real user, from another address")
                .isNull();
    }

    @Test
    void failures_counted_at_once_through_two_instances_are_all_counted() throws Exception {
        var generous = new LoginProperties(
                1_000, 1_000, properties.initialBackoff(), properties.maxBackoff(), properties.forgetAfter());
        var instances = List.of(otherInstance(generous), otherInstance(generous));
        String address = "192.0.2.77#" + System.nanoTime();
        int perThread = 25;
        int threads = 4;
        var start = new CyclicBarrier(threads);
        try (var pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                var throttle = instances.get(t % 2);
                done.add(pool.submit(() -> {
                    start.await(1, TimeUnit.MINUTES);
                    for (int i = 0; i < perThread; i++) {
                        throttle.recordFailure("race-target", address);
                    }
                    return null;
                }));
            }
            for (var future : done) {
                future.get(2, TimeUnit.MINUTES);
            }
        }
        var store = new LoginThrottleStore(context.getBean(JdbcClient.class));
        var read = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        assertThat(read.execute(s -> store.lock(LoginThrottle.pairKey("race-target", address)))
                        .orElseThrow()
                        .failures())
                .as("no failure lost between %d threads on two instances", threads)
                .isEqualTo(threads * perThread);
        assertThat(read.execute(s -> store.lock(LoginThrottle.addressKey(address)))
                        .orElseThrow()
                        .failures())
                .isEqualTo(threads * perThread);
    }

    /** A throttle as another app instance has it: the same database through connections of its own. */
    private LoginThrottle otherInstance(LoginProperties policy) {
        var dataSource = new DriverManagerDataSource(
                environment.getRequiredProperty("spring.datasource.url"),
                environment.getRequiredProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password", ""));
        return new LoginThrottle(
                policy,
                clock,
                new LoginThrottleStore(JdbcClient.create(dataSource)),
                new DataSourceTransactionManager(dataSource));
    }

    private MvcResult loginFrom(String address, String username, String password) throws Exception {
        var mvc = FilterChainMvc.of(context);
        var form = formLogin("/login").user(username).password(password);
        return mvc.perform(servletContext -> {
                    var request = form.buildRequest(servletContext);
                    request.setRemoteAddr(address);
                    return request;
                })
                .andReturn();
    }
}
