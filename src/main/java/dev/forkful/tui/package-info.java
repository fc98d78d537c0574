/** The full-screen game (Lanterna): pure render functions over the game flow's state; one class alone touches the Screen. */
package dev.forkful.tui;
