package io.mentorfeed.bench.memory;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** Prints N loopback ports free right now, on one line, for a mentorfeed started beside other processes. */
public final class FreePorts {
    private FreePorts() {}

    public static void main(String[] args) throws IOException {
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (int i = 0; i < Integer.parseInt(args[0]); i++) {
                held.add(new ServerSocket(0)); // held until all are chosen, so no port comes twice
            }
            System.out.println(String.join(" ", held.stream().map(s -> String.valueOf(s.getLocalPort())).toList()));
        } finally {
            for (ServerSocket socket : held) {
                socket.close();
            }
        }
    }
}
