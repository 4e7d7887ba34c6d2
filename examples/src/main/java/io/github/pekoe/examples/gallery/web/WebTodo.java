package io.github.pekoe.examples.gallery.web;

import static io.github.pekoe.Pekoe.*;
import static io.github.pekoe.web.Web.*;

import io.github.pekoe.*;
import io.github.pekoe.web.*;
import io.github.pekoe.web.elements.*;

/** A to-do list made of tag factories only: add tasks, tick them off, remove them, filter them. */
@Script("web-todo")
public class WebTodo {
    private final InputElement task = input().placeholder("What needs doing?").id("new-task");
    private final Element list = ul().id("tasks");
    private final SelectElement filter = select("All", "Open", "Done").id("filter");
    private final Element status = p().id("status");

    /** Builds the list with two tasks and shows it. */
    public static void main(String[] args) {
        new WebTodo().show();
    }

    private void show() {
        FormElement form = form(task, " ", button("Add").id("add"));
        form.on("submit", event -> {
            event.preventDefault();
            add(task.value());
            task.value("");
        });
        filter.on("change", this::refresh);
        add("Warm the pot");
        add("Steep the pekoe");
        Element todo = div(form, label("Show ", filter), list, status);
        todo.classes().add("todo");
        display(todo);
    }

    private void add(String text) {
        if (text.trim().isEmpty()) {
            status.text("Nothing to add.");
            return;
        }
        ButtonElement done = button("Done");
        done.classes().add("done-button");
        ButtonElement remove = button("Remove");
        remove.classes().add("remove-button");
        Element label = span(text);
        label.classes().add("text");
        Element item = li(label, " ", done, " ", remove);
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
