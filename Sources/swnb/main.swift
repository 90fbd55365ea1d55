import Foundation
import SwnbCLI

exit(SwnbCLI.main(arguments: Array(CommandLine.arguments.dropFirst())))
