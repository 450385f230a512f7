package dev.sparring.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@DisabledOnOs(value = OS.WINDOWS, disabledReason = "uses POSIX permissions")
class ExecutablesTest {

    @Test
    void findsTheFirstExecutableOnThePath(@TempDir Path tmp) throws IOException {
        Path notExecutable = Files.createDirectories(tmp.resolve("a"));
        Files.writeString(notExecutable.resolve("redis-server"), "");
        Path bin = Files.createDirectories(tmp.resolve("b"));
        Path program = Files.writeString(bin.resolve("redis-server"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwxr-xr-x"));
        String path = String.join(File.pathSeparator, "", notExecutable.toString(), bin.toString());

        assertThat(Executables.findOnPath("redis-server", path)).contains(program);
        assertThat(Executables.findOnPath("redis-sentinel", path)).isEmpty();
        assertThat(Executables.findOnPath("redis-server", null)).isEmpty();
    }
}
