package dev.forkful.worker;

import dev.forkful.level.Step;
import dev.forkful.protocol.WorkOrder;
import java.util.List;

/** Cooks one order start to end on the calling thread, holding each step's locks: how process, thread and virtual chefs work. */
final class Cook {
    private final List<Step> steps;
    private final KitchenReport report;
    private final Fridge fridge;
    private final Stove stove;
    private final KitchenLocks locks;

    Cook(List<Step> steps, KitchenReport report, Fridge fridge, Stove stove, KitchenLocks locks) {
        this.locks = locks;
        this.steps = steps;
        this.report = report;
        this.fridge = fridge;
        this.stove = stove;
    }

    /** Reports served or lost; returns quietly when interrupted (the kitchen is closing). */
    void cook(WorkOrder order, int chef, ChefSlot slot) {
        CookRecord record = new CookRecord(System.nanoTime(), steps.size());
        int at = 0;
        try {
            for (int i = 0; i < steps.size(); i++) {
                Step step = steps.get(i);
                at = i;
                int stepIndex = i;
                slot.on(order.id(), i);
                report.stepStarted(order.id(), chef, i);
                if (order.faultsAt(i)) {
                    Faults.strike(order.fault(), step.name(), stove);
                }
                if (!locks.holding(step.hold(), chef, () -> doStep(step.action(), record, stepIndex))) {
                    report.lost(order.id(), chef, Faults.outOf(((Step.Action.Fridge) step.action()).ingredient()), record);
                    return;
                }
            }
            report.served(order.id(), chef, record);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            record.cutShort(at, System.nanoTime());
            report.lost(order.id(), chef, Faults.lostReason(e), record);
        } finally {
            slot.idle();
        }
    }

    /** Runs step {@code i} with its locks held, and notes its times in {@code record}; false when the fridge ran out. */
    private boolean doStep(Step.Action action, CookRecord record, int i) throws InterruptedException {
        record.held(i, System.nanoTime());
        long gilWait = 0;
        boolean ok = true;
        switch (action) {
            case Step.Action.Cpu cpu -> gilWait = stove.cpu(cpu.time().toNanos());
            case Step.Action.Wait w -> Thread.sleep(w.time());
            case Step.Action.Block b -> stove.block(b.time().toNanos());
            case Step.Action.Fridge f -> ok = fridge.take(f.ingredient(), f.take());
        }
        record.ended(i, System.nanoTime(), gilWait);
        return ok;
    }
}
