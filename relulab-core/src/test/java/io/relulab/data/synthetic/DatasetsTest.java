package io.relulab.data.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.relulab.SklearnFixtures;
import io.relulab.data.PreparedData;
import org.junit.jupiter.api.Test;

class DatasetsTest {

    @Test
    void notebookDataEqualsScikitLearnsAfterSplitAndScaler() {
        PreparedData notebook = Datasets.notebook();
        JsonNode fixtures = SklearnFixtures.load("split_scaler.json");
        JsonNode scaler = fixtures.get("scalers").get(0);
        assertThat(notebook.train().rows()).isEqualTo(1600);
        assertThat(notebook.test().rows()).isEqualTo(400);
        assertThat(notebook.train().columns()).isEqualTo(20);
        assertThat(notebook.train().featuresSha256()).isEqualTo(scaler.get("train_scaled_sha256").asText());
        assertThat(notebook.test().featuresSha256()).isEqualTo(scaler.get("test_scaled_sha256").asText());
        assertThat(notebook.trainIndices()).containsExactly(SklearnFixtures.ints(fixtures.get("splits").get(0).get("train")));
        assertThat(notebook.scaler()).isPresent();
        assertThat(notebook.scaler().get().mean()[0]).isEqualTo(-0.11062010242942957);
        assertThat(notebook.scaler().get().variance()[0]).isEqualTo(5.89604613239496);
        // labels follow the rows
        for (int i = 0; i < 5; i++) {
            assertThat(notebook.train().label(i)).isEqualTo(notebook.source().label(notebook.trainIndices()[i]));
        }
        PreparedData again = Datasets.notebook();
        assertThat(notebook.train().fingerprint()).isEqualTo(again.train().fingerprint());
        assertThat(notebook.scaler()).isEqualTo(again.scaler()); // value equality of the fitted statistics
    }
}
