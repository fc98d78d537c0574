
    /**
     * process: worker processes started with ProcessBuilder as copies of this program, each a house with its
     * own heap and one chef. No heap is shared: the fridge is this process's (the pantry), and every take is
     * a round trip over the house's pipe.
     */
    static final class Houses {
        static final long NO_MORE = -1;

        static void cook(Tally tally, String[] args) throws Exception {
            Task task = tally.task;
            Fridge pantry = new Fridge(true);
            tally.fridge = pantry;
            List<Door> doors = new ArrayList<>();
            for (int h = 0; h < task.workers(); h++) {
                doors.add(Door.open(task, args));
            }
            var orders = new LinkedBlockingQueue<Long>();
            List<Thread> waiters = new ArrayList<>();
            for (Door door : doors) {
                waiters.add(Thread.ofPlatform().daemon().start(() -> serve(tally, orders, pantry, door, args)));
            }
            long started = opened(); // every house is up before the clock starts
            for (long order = 0; order < task.orders(); order++) {
                arrive(task, started, order);
                orders.add(order);
            }
            for (int h = 0; h < task.workers(); h++) {
                orders.add(NO_MORE);
            }
            for (Thread waiter : waiters) {
                waiter.join();
            }
        }

        /** Hands one house orders one at a time; a house that dies loses its dish, and another is built. */
        static void serve(Tally tally, LinkedBlockingQueue<Long> orders, Fridge pantry, Door first, String[] args) {
            Door door = first;
            try {
                for (long order = orders.take(); order != NO_MORE; order = orders.take()) {
                    door.out().println("cook " + order);
                    String answer = door.in().readLine();
                    while (answer != null && answer.startsWith("take ")) { // the house asks the pantry
                        String[] t = answer.split(" ", 3);
                        door.out().println(pantry.take(t[2], Long.parseLong(t[1])) ? "ok" : "out");
                        answer = door.in().readLine();
                    }
                    if (answer == null) { // the house burnt down (a crash): its dish is lost, build another
                        Process dead = door.house();
                        tally.lostOne(order, new IllegalStateException("house " + dead.pid() + " died, exit " + dead.waitFor()));
                        door = Door.open(tally.task, args);
                    } else {
                        tally.dish(answer.equals("served"));
                    }
                }
            } catch (Exception e) {
                System.err.println(tally.task.name() + ": " + e);
            } finally {
                tally.houseCpuNanos.addAndGet(door.cpuNanos() - door.cpuAtOpen()); // its work, not its start
                door.out().close(); // no more orders: the house exits
            }
        }
    }

    /** A running house, its pipe, and the CPU time it had used to start. */
    record Door(Process house, BufferedReader in, PrintWriter out, long cpuAtOpen) {
        /** Starts this same program, with this JVM's own options, as a house of {@code task}, and waits until it is up. */
        static Door open(Task task, String[] args) throws IOException {
            var self = ProcessHandle.current().info();
            List<String> command = new ArrayList<>();
            command.add(self.command().orElseThrow());
            List<String> jvmArgs = List.of(self.arguments().orElseThrow()); // options, then Program.java or the class
            command.addAll(jvmArgs.subList(0, jvmArgs.size() - args.length));
            command.addAll(List.of("house", String.valueOf(TASKS.indexOf(task)), String.valueOf(turnsPerSecond)));
            Process house = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            HOUSES.add(house);
            var in = new BufferedReader(new InputStreamReader(house.getInputStream()));
            if (!"open".equals(in.readLine())) {
                throw new IOException("house " + house.pid() + " did not start");
            }
            var door = new Door(house, in, new PrintWriter(house.getOutputStream(), true), 0);
            return new Door(house, in, door.out(), door.cpuNanos());
        }

        long cpuNanos() {
            return house.info().totalCpuDuration().map(Duration::toNanos).orElse(cpuAtOpen);
        }
    }

    /** The worker side: reads orders, cooks them with its own locks, asks the pantry for every take. */
    static final class House {
        static void cook(Task task) throws Exception {
            var in = new BufferedReader(new InputStreamReader(System.in));
            PrintStream out = System.out;
            Larder pantry = (ingredient, amount) -> {
                out.println("take " + amount + " " + ingredient);
                out.flush();
                return "ok".equals(in.readLine());
            };
            Locks locks = new Locks();
            out.println("open");
            out.flush();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                long order = Long.parseLong(line.substring("cook ".length()));
                boolean served;
                try {
                    served = Program.cook(task, order, pantry, locks);
                } catch (IllegalStateException e) { // an exception fault: this dish is lost, the house goes on
                    System.err.println(task.name() + " order " + order + ": " + e + ": dish lost");
                    served = false;
                }
                out.println(served ? "served" : "lost");
                out.flush();
            }
        }
    }
