# core/support: the queries behind the Support and Tutor pages and `plancia-cli support|tutor`
# (every namespace's jobs and sessions, failures by cause, timelines and case files; a tutor's
# participants and bulk server actions). Included by core/CMakeLists.txt into plancia_core.
target_sources(plancia_core PRIVATE
    support/failurecause.cpp support/failurecause.h
    support/supportindex.cpp support/supportindex.h
    support/supportfilter.cpp support/supportfilter.h
    support/casedata.cpp support/casedata.h
    support/timeline.cpp support/timeline.h
    support/casefile.cpp support/casefile.h
    support/tutorroom.cpp support/tutorroom.h
)
