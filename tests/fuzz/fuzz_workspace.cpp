// The workspace reader (src/core/WorkspaceFile.*): any bytes as a workspace file. Whatever it reads, it
// can write back, and what it wrote reads again as the same workspace.
#include "FuzzTarget.h"
#include "WorkspaceFile.h"

using namespace Qt::StringLiterals;
using namespace hooksmith;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const LoadResult loaded = WorkspaceFile::parse(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (!loaded.workspace) {
        HOOKSMITH_FUZZ_CHECK(!loaded.problems.isEmpty()); // a refusal says why
        return 0;
    }
    const QByteArray written = WorkspaceFile::serialize(*loaded.workspace);
    const LoadResult again = WorkspaceFile::parse(written);
    for (const Problem& problem : again.problems) // what went wrong, for whoever reads a finding
        std::fprintf(stderr, "written back: %s\n", qPrintable(problem.format(u"workspace"_s)));
    HOOKSMITH_FUZZ_CHECK(again.workspace.has_value());
    HOOKSMITH_FUZZ_CHECK(WorkspaceFile::serialize(*again.workspace) == written);
    return 0;
}
