#include "Commands.h"

namespace hooksmith::cli {

QList<std::shared_ptr<Command>> allCommands()
{
    return {std::make_shared<ValidateCommand>(), std::make_shared<RenderCommand>(), std::make_shared<SecretCommand>()};
}

} // namespace hooksmith::cli
