#include "Commands.h"

namespace hooksmith::cli {

QList<std::shared_ptr<Command>> allCommands()
{
    return {
        std::make_shared<ValidateCommand>(), std::make_shared<RenderCommand>(), std::make_shared<SecretCommand>(),
        std::make_shared<SendCommand>(),     std::make_shared<CatchCommand>(),  std::make_shared<RelayCommand>(),
        std::make_shared<OutboxCommand>(),   std::make_shared<ExportCommand>(), std::make_shared<ImportCommand>(),
        std::make_shared<PortsCommand>(),
    };
}

} // namespace hooksmith::cli
