package dev.acrconsole.ui.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.forms.FieldErrors;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;

/** When a field's message shows: once the user changed the field, or pressed OK; whenever it is asked for. */
class FormModelTest {
    /** A form of one field that must not be empty. */
    private static final class NameForm extends FormModel {
        final StringProperty name = new SimpleStringProperty("");

        NameForm() {
            watch(name, "name");
        }

        @Override
        protected FieldErrors validate() {
            FieldErrors e = new FieldErrors();
            e.check(name.get().isBlank(), "name", "Type a name.");
            return e;
        }
    }

    @Test
    void aFieldsMessageWaitsUntilItIsChangedOrOkIsPressed() {
        NameForm form = new NameForm();
        assertThat(form.errorProperty("name").get()).isEmpty();
        form.name.set("x");
        form.name.set("");
        assertThat(form.errorProperty("name").get()).isEqualTo("Type a name.");
    }

    @Test
    void aMessageAskedForAfterTheFieldChangedShowsAtOnce() {
        NameForm touched = new NameForm();
        touched.name.set(" ");
        assertThat(touched.errorProperty("name").get()).isEqualTo("Type a name.");

        NameForm attempted = new NameForm();
        assertThat(attempted.check()).isFalse();
        assertThat(attempted.errorProperty("name").get()).isEqualTo("Type a name.");
    }
}
