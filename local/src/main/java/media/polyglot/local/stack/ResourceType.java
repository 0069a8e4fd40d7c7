package media.polyglot.local.stack;

import media.polyglot.local.template.Resource;

/**
 * How the runtime runs one CloudFormation resource type on its engines. Starting a stack names
 * every resource first, so that references resolve whatever the order, then starts them.
 */
interface ResourceType {

    /** The CloudFormation type, for example {@code AWS::SQS::Queue}. */
    String type();

    /** Records the resource's physical name and the attributes known before it starts. */
    void name(Resource resource, StackContext stack);

    /** Brings the resource up on its engine. */
    void start(Resource resource, StackContext stack);

    /** Within its type, resources start by rank, lowest first. */
    default int startRank(Resource resource) {
        return 0;
    }
}
