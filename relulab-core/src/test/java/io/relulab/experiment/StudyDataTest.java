package io.relulab.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.relulab.data.synthetic.Datasets;
import org.junit.jupiter.api.Test;

/** The notebook's data, made once per JVM, ahead or on demand: the same rows as making it afresh. */
class StudyDataTest {

    @Test
    void theNotebooksDataIsMadeOnceAndIsTheDataOfTheNotebook() {
        StudyData.prepareNotebook();
        StudyData first = StudyData.notebook();
        StudyData.prepareNotebook(); // nothing left to do
        assertThat(StudyData.notebook()).isSameAs(first);
        StudyData fresh = StudyData.of(StudyData.NOTEBOOK_DESCRIPTION, Datasets.notebook());
        assertThat(first.fingerprint()).isEqualTo(fresh.fingerprint());
        assertThat(first.description()).isEqualTo(fresh.description());
        assertThat(first.train().rows()).isEqualTo(1600);
        assertThat(first.test().rows()).isEqualTo(400);
    }
}
