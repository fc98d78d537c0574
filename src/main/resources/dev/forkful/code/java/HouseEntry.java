        if (args.length == 3 && args[0].equals("house")) { // a copy of this program, started as a worker process
            turnsPerSecond = Long.parseLong(args[2]);
            House.cook(TASKS.get(Integer.parseInt(args[1])));
            return;
        }
