# core/jobs: batch jobs (builder, YAML, submission, notebook clone, check and why-pending, state,
# the jobs model, logs and events). Included by core/CMakeLists.txt into plancia_core.
target_sources(plancia_core PRIVATE
    jobs/jobspec.cpp jobs/jobspec.h
    jobs/clustercatalog.cpp jobs/clustercatalog.h
    jobs/jobyaml.cpp jobs/jobyaml.h
    jobs/jobsubmitter.cpp jobs/jobsubmitter.h
    jobs/jobstate.cpp jobs/jobstate.h
    jobs/jobsmodel.cpp jobs/jobsmodel.h
    jobs/jobcheck.cpp jobs/jobcheck.h
    jobs/notebookclone.cpp jobs/notebookclone.h
    jobs/joblogs.cpp jobs/joblogs.h
)
