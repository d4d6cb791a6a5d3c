package io.relulab.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProbeSetTest {

    @Test
    void itsWrittenOutToStringIsTheTextOfARecordsGeneratedOne() {
        assertThat(ProbeSet.notebook()).hasToString("ProbeSet[kind=FIRST_ROWS, rows=100]");
        assertThat(ProbeSet.full()).hasToString("ProbeSet[kind=FULL, rows=0]");
        assertThat(ProbeSet.streamed(1024)).hasToString("ProbeSet[kind=STREAMED, rows=1024]");
    }

    @Test
    void rangesCoverTheProbedRowsInOrder() {
        assertThat(ProbeSet.firstRows(100).ranges(40)).containsExactly(new int[] {0, 40});
        assertThat(ProbeSet.streamed(3).ranges(7)).containsExactly(new int[] {0, 3}, new int[] {3, 6}, new int[] {6, 7});
        assertThat(ProbeSet.full().ranges(5)).containsExactly(new int[] {0, 5});
    }
}
