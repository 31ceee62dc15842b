package dev.acrconsole.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/** An action's icon comes from its label's verb, however the label goes on. */
class ActionIconsTest {
    @Test
    void theVerbPicksTheIcon() {
        assertThat(ActionIcons.forLabel("Create token…")).isEqualTo(MaterialDesignP.PLUS);
        assertThat(ActionIcons.forLabel("_Delete...")).isEqualTo(MaterialDesignD.DELETE_OUTLINE);
        assertThat(ActionIcons.forLabel("Refresh")).isEqualTo(MaterialDesignR.REFRESH);
        assertThat(ActionIcons.forLabel("Update…")).isEqualTo(MaterialDesignP.PENCIL_OUTLINE);
        assertThat(ActionIcons.forLabel("Admin credentials…")).isNull();
        assertThat(ActionIcons.forLabel("")).isNull();
    }
}
