package dev.acrconsole.ui.iotinstances;

import dev.acrconsole.app.iotinstances.IotInstanceKind;
import dev.acrconsole.cache.NavigationRow;
import dev.acrconsole.ui.kind.UiKind;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** Azure IoT Operations instances, beside the registries of their resource group, with their location. */
public final class IotInstanceUi extends UiKind {
    public IotInstanceUi() {
        super(IotInstanceKind.KIND, "AIO", "#00838f");
    }

    @Override
    public Ikon icon() {
        return MaterialDesignC.CHIP;
    }

    @Override
    public String note(NavigationRow row) {
        return row.location();
    }
}
