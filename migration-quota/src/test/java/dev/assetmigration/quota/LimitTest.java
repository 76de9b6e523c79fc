package dev.assetmigration.quota;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A limit")
class LimitTest {

    @Test
    @DisplayName("is inclusive: at most 10 allows 10 and refuses 11")
    void inclusive() {
        Limit limit = Limit.atMost(10);

        assertAll(
                () -> assertTrue(limit.allows(10)),
                () -> assertFalse(limit.allows(11)));
    }

    @Test
    @DisplayName("unlimited allows the largest amount")
    void unlimitedAllowsEverything() {
        assertTrue(Limit.unlimited().allows(Long.MAX_VALUE));
    }

    @Test
    @DisplayName("refuses a negative maximum")
    void notNegative() {
        assertThrows(IllegalArgumentException.class, () -> Limit.atMost(-1));
    }

    @Test
    @DisplayName("orders by how much it allows, unlimited last, even after the largest bounded limit")
    void ordering() {
        List<Limit> sorted = Stream.of(Limit.unlimited(), Limit.atMost(Long.MAX_VALUE), Limit.atMost(0),
                Limit.atMost(30)).sorted().collect(Collectors.toList());

        assertEquals(List.of(Limit.atMost(0), Limit.atMost(30), Limit.atMost(Long.MAX_VALUE), Limit.unlimited()),
                sorted);
    }
}
