package nl.netwerkkaart;

import nl.netwerkkaart.ops.StopSignal;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class NetwerkkaartApplication {

    public static void main(String[] args) {
        StopSignal.install();
        SpringApplication.run(NetwerkkaartApplication.class, args);
    }
}
