/**
 * Interchange formats (folder-per-class, CSV, Pascal VOC, COCO, YOLO, labelme): one strategy each, reading files
 * into a neutral {@link org.whiskerstudio.labelling.formats.LabelledDataset} and writing one out. Strategies touch
 * only files; {@code DatasetImporter} and {@code DatasetExporter} connect them to a project.
 */
package org.whiskerstudio.labelling.formats;
