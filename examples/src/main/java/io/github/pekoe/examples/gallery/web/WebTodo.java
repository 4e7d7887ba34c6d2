package io.github.pekoe.examples.gallery.web;

import static io.github.pekoe.Pekoe.*;
import static io.github.pekoe.web.Web.*;

import io.github.pekoe.*;
import io.github.pekoe.web.*;
import io.github.pekoe.web.elements.*;
import org.teavm.jso.dom.events.Event;

/** A to-do list made of tag factories only: add, tick off, copy and remove tasks, clear the done ones, filter. */
@Script("web-todo")
public class WebTodo {
    private final Element list = ul(onClick(this::taskButton)).id("tasks");
    private final SelectElement filter = select("All", "Open", "Done").id("filter");
    private final Element status = p().id("status");
    private int numbered;

    /** Builds the list with two tasks and shows it. */
    public static void main(String[] args) {
        new WebTodo().show();
    }

    private void show() {
        FormElement form = form(input().placeholder("What needs doing?").id("new-task"), " ",
                button("Add").id("add"), onSubmit(this::submit));
        when(filter.onChange(), this::refresh);
        add("Warm the pot");
        add("Steep the pekoe");
        Element todo = div(form, label("Show ", filter), " ", button("Clear done", onClick(this::clearDone)).id("clear"),
                list, status, props("classes", "todo"));
        display(todo);
    }

    private void submit(Event event) {
        event.preventDefault();
        InputElement task = page.get("new-task", InputElement::new);
        add(task.value());
        task.value("");
    }

    private void add(String text) {
        if (text.trim().isEmpty()) {
            status.text("Nothing to add.");
            return;
        }
        Element item = li(span(text, props("classes", "text")), " ",
                button("Done", props("classes", "done-button")).title("Mark as done"), " ",
                button("Copy", props("classes", "copy-button")), " ",
                button("Remove", props("classes", "remove-button")));
        number(item);
        list.append(item);
        refresh();
    }

    /** Each task keeps its number in data-task; the style sheet shows it before the task. */
    private void number(Element item) {
        item.dataset().put("task", String.valueOf(++numbered));
    }

    /** One handler on the list answers every task's buttons, copies included: the event says which. */
    private void taskButton(Event event) {
        Element button = Element.targetOf(event);
        Element item = button.parent();
        if (button.classes().contains("done-button")) {
            boolean finished = item.classes().toggle("done");
            button.text(finished ? "Undo" : "Done").title(finished ? "Mark as open" : "Mark as done");
        } else if (button.classes().contains("copy-button")) {
            Element copy = item.clone();
            number(copy);
            list.append(copy);
        } else if (button.classes().contains("remove-button")) {
            item.remove();
        }
        refresh();
    }

    private void clearDone() {
        list.replaceChildren(list.find("li:not(.done)"));
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
