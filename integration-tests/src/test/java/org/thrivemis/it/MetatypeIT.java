package org.thrivemis.it;

import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;
import org.thrivemis.it.support.FelixProduct;
import org.thrivemis.it.support.Ports;
import org.thrivemis.it.support.Settings;

/**
 * Every setting an admin can make is described for the host's configuration console: the real
 * Felix MetaType service finds, for every configuration PID of every one of our bundles, a name
 * and description for the configuration and for each attribute, and secrets are typed PASSWORD so
 * consoles mask them and never show them back.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MetatypeIT {
    private static final int PORT = Ports.free();

    /** Configurations an admin is told about in the READMEs: each must have a form. */
    private static final Set<String> DOCUMENTED = Set.of("org.thrivemis.host.reference", "org.thrivemis.store",
            "org.thrivemis.roles", "org.thrivemis.content", "org.thrivemis.roster.host", "org.thrivemis.roster.csv",
            "org.thrivemis.roster.rest");

    @Inject
    private BundleContext context;
    @Inject
    private MetaTypeService metaTypes;

    @Configuration
    public Option[] configuration() {
        return new Option[] {FelixProduct.options(PORT, Settings.workDir("metatype-it-data").toString())};
    }

    @Test
    public void everyConfigurationOfOursHasANamedDescribedFormWithSecretsMasked() {
        Set<String> described = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            if (!bundle.getSymbolicName().startsWith("org.thrivemis.")) {
                continue;
            }
            MetaTypeInformation info = metaTypes.getMetaTypeInformation(bundle);
            List<String> pids = new ArrayList<>(Arrays.asList(info.getPids()));
            pids.addAll(Arrays.asList(info.getFactoryPids()));
            for (String pid : pids) {
                described.add(pid);
                ObjectClassDefinition ocd = info.getObjectClassDefinition(pid, null);
                check(blank(ocd.getName()), pid + ": the configuration has no name", problems);
                check(blank(ocd.getDescription()), pid + ": the configuration has no description", problems);
                for (AttributeDefinition ad : ocd.getAttributeDefinitions(ObjectClassDefinition.ALL)) {
                    String where = pid + " attribute " + ad.getID();
                    check(blank(ad.getName()) || ad.getName().equals(ad.getID()), where + " has no human name", problems);
                    check(blank(ad.getDescription()), where + " has no description", problems);
                    check(secret(ad.getID()) && ad.getType() != AttributeDefinition.PASSWORD,
                            where + " holds a secret but is not typed PASSWORD, so a console would show it", problems);
                }
            }
        }
        assertTrue("forms for the documented configurations; found " + described, described.containsAll(DOCUMENTED));
        assertTrue("metatype problems:\n" + String.join("\n", problems), problems.isEmpty());
    }

    private static boolean secret(String id) {
        String lower = id.toLowerCase(Locale.ROOT);
        return lower.startsWith(".") || lower.contains("password") || lower.contains("secret");
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static void check(boolean failed, String problem, List<String> problems) {
        if (failed) {
            problems.add(problem);
        }
    }
}
