/** {@code forkful bench}: measures what each model really costs on this machine. */
package dev.forkful.bench;
