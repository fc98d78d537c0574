/** The supervisor side: {@link dev.forkful.engine.Engine} starts a level's kitchens as child processes, speaks the JSON-lines protocol with them, owns the pantry and the watchdog, and emits one stream of {@link dev.forkful.engine.EngineEvent}s. */
package dev.forkful.engine;
