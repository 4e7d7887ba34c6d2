package io.github.pekoe.examples.gallery.web;

import static io.github.pekoe.Pekoe.*;
import static io.github.pekoe.web.Web.*;

import io.github.pekoe.*;
import io.github.pekoe.web.*;
import io.github.pekoe.web.elements.*;
import org.teavm.jso.dom.events.Event;

/** A to-do list made of tag factories only: add, tick off, copy and remove tasks, filter them. */
@Script("web-todo")
public class WebTodo {
    private final InputElement task = input().placeholder("What needs doing?").id("new-task");
    private final Element list = ul(onClick(this::taskButton)).id("tasks");
    private final SelectElement filter = select("All", "Open", "Done").id("filter");
    private final Element status = p().id("status");
    private int numbered;

    /** Builds the list with two tasks and shows it. */
    public static void main(String[] args) {
        new WebTodo().show();
    }

    private void show() {
        FormElement form = form(task, " ", button("Add").id("add"), onSubmit(this::submit));
        when(filter.onChange(), this::refresh);
        add("Warm the pot");
        add("Steep the pekoe");
        Element todo = div(form, label("Show ", filter), list, status);
        todo.classes().add("todo");
        display(todo);
    }

    private void submit(Event event) {
        event.preventDefault();
        add(task.value());
        task.value("");
    }

    private void add(String text) {
        if (text.trim().isEmpty()) {
            status.text("Nothing to add.");
            return;
        }
        Element label = span(text);
        label.classes().add("text");
        ButtonElement done = button("Done");
        done.classes().add("done-button");
        ButtonElement copy = button("Copy");
        copy.classes().add("copy-button");
        ButtonElement remove = button("Remove");
        remove.classes().add("remove-button");
        Element item = li(label, " ", done, " ", copy, " ", remove);
        number(item);
        list.append(item);
        refresh();
    }

    /** Each task keeps its number in data-task; the style sheet shows it before the task. */
    private void number(Element item) {
        item.attr("data-task", String.valueOf(++numbered));
    }

    /** One handler on the list answers every task's buttons, copies included: the event says which. */
    private void taskButton(Event event) {
        Element button = Element.targetOf(event);
        Element item = button.parent();
        if (button.classes().contains("done-button")) {
            button.text(item.classes().toggle("done") ? "Undo" : "Done");
        } else if (button.classes().contains("copy-button")) {
            Element copy = item.clone();
            number(copy);
            list.append(copy);
        } else if (button.classes().contains("remove-button")) {
            item.remove();
        }
        refresh();
    }

    /** Hides the tasks the filter leaves out, marks the newest (new tasks and copies go last) and counts. */
    private void refresh() {
        String shown = filter.value();
        int open = 0;
        int finished = 0;
        ElementCollection tasks = list.children();
        for (Element item : tasks) {
            boolean done = item.classes().contains("done");
            if (done) {
                finished++;
            } else {
                open++;
            }
            item.hidden(shown.equals("Open") && done || shown.equals("Done") && !done);
        }
        tasks.classes().remove("newest");
        if (!tasks.isEmpty()) {
            tasks.get(-1).classes().add("newest");
        }
        status.text(open + " open, " + finished + " done");
    }
}
