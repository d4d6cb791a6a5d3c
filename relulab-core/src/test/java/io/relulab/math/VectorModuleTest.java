package io.relulab.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/** {@link VectorModule}: availability follows the module and the property; the switch; planned work. */
class VectorModuleTest {

    @Test
    void availableExactlyWhenTheModuleIsPresentAndNotSwitchedOff() {
        boolean module = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        boolean off = "false".equalsIgnoreCase(System.getProperty("relulab.vector", "true").trim());
        assertThat(VectorModule.available()).isEqualTo(module && !off);
    }

    @Test
    void theSwitchEngagesAndDisengagesOnlyWhereTheKernelsAreAvailable() {
        assumeTrue(!VectorModule.fellBack(), "the guard disengaged the vector kernels in this JVM");
        boolean before = VectorModule.engaged();
        try {
            assertThat(VectorModule.engage(false)).isFalse();
            assertThat(VectorModule.engaged()).isFalse();
            assertThat(MatrixKernels.implementation()).isEqualTo("scalar");
            assertThat(FloatBlockKernels.vectorised()).isFalse();
            assertThat(VectorModule.engage(true)).isEqualTo(VectorModule.available());
            assertThat(VectorModule.engaged()).isEqualTo(VectorModule.available());
            assertThat(MatrixKernels.implementation()).isEqualTo(VectorModule.available()
                    ? VectorProductKernels.INSTANCE.name() : "scalar");
        } finally {
            VectorModule.engage(before);
        }
    }

    @Test
    void plannedWorkChangesNothingOutsideTheAutomaticMode() {
        assumeTrue(!"auto".equalsIgnoreCase(System.getProperty("relulab.vector", "true").trim()), "this JVM runs in auto mode");
        boolean before = VectorModule.engaged();
        assertThat(VectorModule.planWork(1)).isEqualTo(before);
        assertThat(VectorModule.planWork(Long.MAX_VALUE)).isEqualTo(before);
        assertThat(VectorModule.engaged()).isEqualTo(before);
    }

    @Test
    void onlyWorkFromTheThresholdOnRepaysTheWarmUp() {
        assertThat(VectorModule.repaysWarmUp(0)).isFalse();
        assertThat(VectorModule.repaysWarmUp(VectorModule.WARM_UP_STEPS - 1)).isFalse();
        assertThat(VectorModule.repaysWarmUp(VectorModule.WARM_UP_STEPS)).isTrue();
        assertThat(VectorModule.repaysWarmUp(Long.MAX_VALUE)).isTrue();
    }
}
