package io.github.pekoe.examples.gallery.web;

import static io.github.pekoe.Pekoe.*;
import static io.github.pekoe.web.Web.*;

import io.github.pekoe.*;
import io.github.pekoe.web.*;
import io.github.pekoe.web.elements.*;

/** A to-do list made of tag factories only: add tasks, tick them off, remove them, filter them. */
@Script("web-todo")
public class WebTodo {
    private final InputElement task =
            input(props("type", "text", "id", "new-task", "placeholder", "What needs doing?"));
    private final Element list = ul(props("id", "tasks"));
    private final SelectElement filter = select("All", "Open", "Done", props("id", "filter"));
    private final Element status = p(props("id", "status"));

    /** Builds the list with two tasks and shows it. */
    public static void main(String[] args) {
        new WebTodo().show();
    }

    private void show() {
        FormElement form = form(task, " ", button("Add", props("type", "submit", "id", "add")));
        form.on("submit", event -> {
            event.preventDefault();
            add(task.value());
            task.value("");
        });
        filter.on("change", this::refresh);
        add("Warm the pot");
        add("Steep the pekoe");
        display(div(form, label("Show ", filter), list, status, props("classes", "todo")));
    }

    private void add(String text) {
        if (text.trim().isEmpty()) {
            status.text("Nothing to add.");
            return;
        }
        ButtonElement done = button("Done", props("classes", "done-button"));
        ButtonElement remove = button("Remove", props("classes", "remove-button"));
        Element item = li(span(text, props("classes", "text")), " ", done, " ", remove);
        done.on("click", () -> {
            boolean finished = item.classes().toggle("done");
            done.text(finished ? "Undo" : "Done");
            refresh();
        });
        remove.on("click", () -> {
            item.remove();
            refresh();
        });
        list.append(item);
        refresh();
    }

    /** Hides the tasks the filter leaves out and counts the rest. */
    private void refresh() {
        String shown = filter.value();
        int open = 0;
        int finished = 0;
        for (Element item : list.children()) {
            boolean done = item.classes().contains("done");
            if (done) {
                finished++;
            } else {
                open++;
            }
            item.hidden(shown.equals("Open") && done || shown.equals("Done") && !done);
        }
        status.text(open + " open, " + finished + " done");
    }
}
