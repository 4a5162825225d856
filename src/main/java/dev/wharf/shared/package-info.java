/** Vocabulary every module shares: the core's failure types and small value helpers. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.wharf.shared;
