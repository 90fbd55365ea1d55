import Foundation
import SwnbCLI

exit(SwnbCLI.runProcess())
