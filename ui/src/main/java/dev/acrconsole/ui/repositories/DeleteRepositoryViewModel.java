package dev.acrconsole.ui.repositories;

import dev.acrconsole.app.forms.FieldErrors;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.repositories.RepositoryActions;
import dev.acrconsole.app.repositories.RepositoryDetails;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.ui.page.FormModel;
import dev.acrconsole.ui.page.PageContext;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Deleting a repository with everything in it: confirmed by typing its name exactly. */
public final class DeleteRepositoryViewModel extends FormModel {
    private final PageContext context;
    private final Row repository;
    private final StringProperty typed = new SimpleStringProperty("");

    public DeleteRepositoryViewModel(PageContext context, Row repository) {
        this.context = context;
        this.repository = repository;
        watch(typed, RepositoryActions.CONFIRM);
    }

    public String name() {
        return repository.name();
    }

    /** "12 tags and 15 manifests", as the cache knows them. */
    public String contents() {
        RepositoryDetails d = repository.details(RepositoryDetails.class);
        return (d.tagCount() == null ? "its" : d.tagCount()) + " tags and "
                + (d.manifestCount() == null ? "its" : d.manifestCount()) + " manifests";
    }

    public StringProperty typedProperty() {
        return typed;
    }

    @Override
    protected FieldErrors validate() {
        return RepositoryActions.confirm(repository, typed.get());
    }

    public CompletableFuture<Operation> submit() {
        if (!check()) {
            return null;
        }
        return context.submit(repository.scope(), RepositoryActions.delete(repository, typed.get()));
    }
}
