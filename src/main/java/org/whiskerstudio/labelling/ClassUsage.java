package org.whiskerstudio.labelling;

import org.whiskerstudio.project.LabelClass;

/** A class with what uses it: images carrying any of its labels, and labels in all (for confirmations). */
public record ClassUsage(LabelClass labelClass, int images, int annotations) {
}
