import DigestCLI

DigestCommand.runAndExit()
