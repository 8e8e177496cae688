package nl.netwerkkaart.hsds;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Without a list of feeds, a pull reads only public addresses, never one inside the service's own network. */
class HsdsPullAddressTest {

    @Test
    void loopback_link_local_and_private_addresses_are_internal() {
        assertThat(HsdsService.internal("localhost")).isTrue();
        assertThat(HsdsService.internal("127.0.0.1")).isTrue();
        assertThat(HsdsService.internal("[::1]")).isTrue();
        assertThat(HsdsService.internal("169.254.169.254")).as("a cloud's metadata address").isTrue();
        assertThat(HsdsService.internal("10.20.30.40")).isTrue();
        assertThat(HsdsService.internal("172.16.0.1")).isTrue();
        assertThat(HsdsService.internal("192.168.1.1")).isTrue();
        assertThat(HsdsService.internal("0.0.0.0")).isTrue();
        assertThat(HsdsService.internal("[fd12:3456:789a::1]")).isTrue();
    }

    @Test
    void public_addresses_are_not() {
        assertThat(HsdsService.internal("8.8.8.8")).isFalse();
        assertThat(HsdsService.internal("[2001:4860:4860::8888]")).isFalse();
    }
}
