/**
 * A workshop's hand-in and grading. {@link dev.forkful.grade.HandIn} writes a student's best plans
 * from the saved progress as an answers file; {@link dev.forkful.grade.Grader} plays every plan of
 * every answers file, one run at a time, into a {@link dev.forkful.grade.Gradebook}, shown by
 * {@link dev.forkful.grade.GradeTable} (text, CSV) and {@link dev.forkful.grade.GradeJson}.
 * {@link dev.forkful.grade.Played} plays one plan headless, for {@code grade} and {@code run} alike;
 * {@link dev.forkful.grade.PlanText} splits a written plan into its entries.
 */
package dev.forkful.grade;
