package dev.acrconsole.ui.fx;

import dev.acrconsole.ui.page.Lifecycle;
import javafx.scene.Node;

/** A page of the right-hand pane: its node, and its view model's time on screen. */
public interface PageView extends Lifecycle {
    Node node();

    /** A page whose view model's lifecycle is the page's: activating the page activates the model. */
    abstract class OfModel implements PageView {
        private final Lifecycle model;

        protected OfModel(Lifecycle model) {
            this.model = model;
        }

        @Override
        public void activate() {
            model.activate();
        }

        @Override
        public void deactivate() {
            model.deactivate();
        }
    }

    /** A page with nothing to listen to. */
    static PageView of(Node node) {
        return new PageView() {
            @Override
            public Node node() {
                return node;
            }

            @Override
            public void activate() {
            }

            @Override
            public void deactivate() {
            }
        };
    }
}
